// CardService enums, value names as listed at https://developers.google.com/apps-script/reference/card-service
import { defineEnum, type EnumTable } from './card-core';

/** Fresh enum tables per CardService instance: no state is shared between sandboxes. */
export function createCardEnums(): Record<string, EnumTable> {
  return {
    TextButtonStyle: defineEnum('TextButtonStyle', ['OUTLINED', 'TEXT', 'FILLED', 'FILLED_TONAL', 'BORDERLESS']),
    ImageButtonStyle: defineEnum('ImageButtonStyle', ['BORDERLESS', 'OUTLINED', 'FILLED', 'FILLED_TONAL']),
    SelectionInputType: defineEnum('SelectionInputType', ['CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH', 'MULTI_SELECT']),
    LoadIndicator: defineEnum('LoadIndicator', ['SPINNER', 'NONE']),
    OpenAs: defineEnum('OpenAs', ['FULL_SIZE', 'OVERLAY']),
    OnClose: defineEnum('OnClose', ['NOTHING', 'RELOAD', 'RELOAD_ADD_ON']),
    ImageStyle: defineEnum('ImageStyle', ['SQUARE', 'CIRCLE']),
    ImageCropType: defineEnum('ImageCropType', ['SQUARE', 'CIRCLE', 'RECTANGLE_CUSTOM', 'RECTANGLE_4_3']),
    SwitchControlType: defineEnum('SwitchControlType', ['SWITCH', 'CHECK_BOX']),
    DisplayStyle: defineEnum('DisplayStyle', ['PEEK', 'REPLACE']),
    ComposedEmailType: defineEnum('ComposedEmailType', ['REPLY_AS_DRAFT', 'STANDALONE_DRAFT']),
    Icon: defineEnum('Icon', [
      'NONE', 'AIRPLANE', 'BOOKMARK', 'BUS', 'CAR', 'CLOCK', 'CONFIRMATION_NUMBER_ICON', 'DOLLAR', 'DESCRIPTION',
      'EMAIL', 'EVENT_PERFORMER', 'EVENT_SEAT', 'FLIGHT_ARRIVAL', 'FLIGHT_DEPARTURE', 'HOTEL', 'HOTEL_ROOM_TYPE',
      'INVITE', 'MAP_PIN', 'MEMBERSHIP', 'MULTIPLE_PEOPLE', 'OFFER', 'PERSON', 'PHONE', 'RESTAURANT_ICON',
      'SHOPPING_CART', 'STAR', 'STORE', 'TICKET', 'TRAIN', 'VIDEO_CAMERA', 'VIDEO_PLAY',
    ]),
  };
}
