# case: event-token head maps the argmax token id to an event family through a Python dict keyed by int(token) to pick a family bias -> dict lookup with a tensor-derived key in construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NOTE_ON, NOTE_OFF, TIME_SHIFT, VELOCITY = 0, 1, 2, 3
EVENT_RANGES = {NOTE_ON: (0, 128), NOTE_OFF: (128, 256), TIME_SHIFT: (256, 356), VELOCITY: (356, 388)}
VOCAB_SIZE = 388

def token_family_table():
    table = {}
    for fam, (lo, hi) in EVENT_RANGES.items():
        for t in range(lo, hi, 16):
            table[t] = fam
    return table

class EventHead(nn.Cell):
    def __init__(self, hidden, use_family_bias=True):
        super().__init__()
        self.proj = nn.Dense(hidden, VOCAB_SIZE)
        self.use_family_bias = use_family_bias
        self.family_bias = ms.Parameter(Tensor(np.zeros((4, VOCAB_SIZE), np.float32)), name="family_bias")
        self.table = token_family_table()

    def construct(self, h):
        logits = self.proj(h[:, -1])
        if self.use_family_bias:
            last = ops.argmax(logits[0]) // 16 * 16
            fam = self.table[int(last)]
            logits = logits + self.family_bias[fam]
        return logits

def make():
    np.random.seed(3712)
    head = EventHead(24)
    h = Tensor(np.random.randn(1, 6, 24).astype(np.float32))
    return head, (h,)
