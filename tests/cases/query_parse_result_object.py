# case: slot-filling model that packs its outputs into a plain Python QueryParse object built and mutated in construct and returned -> custom class instance created in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueryParse:
    def __init__(self, intent, slots):
        self.intent = intent
        self.slots = slots
        self.confidence = None


class IntentSlotModel(nn.Cell):
    def __init__(self, hidden=12, num_intents=4, num_slots=6):
        super().__init__()
        self.intent_head = nn.Dense(hidden, num_intents)
        self.slot_head = nn.Dense(hidden, num_slots)

    def construct(self, token_states):
        intent_probs = ops.softmax(self.intent_head(token_states.mean(axis=0)), axis=-1)
        slots = self.slot_head(token_states).argmax(axis=-1)
        parse = QueryParse(intent_probs.argmax(), slots)
        parse.confidence = intent_probs.max()
        return parse


def make():
    np.random.seed(19)
    states = np.random.randn(6, 12).astype(np.float32)
    return IntentSlotModel(), (Tensor(states),)
