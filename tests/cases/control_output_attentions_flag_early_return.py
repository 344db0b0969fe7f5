# case: a BERT-like layer whose construct takes output_attentions=False and return_dict flags as Python bools and returns early with different tuple lengths; the flags are constants so it should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BertSelfAttention(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.query = nn.Dense(hidden, hidden)
        self.key = nn.Dense(hidden, hidden)
        self.value = nn.Dense(hidden, hidden)
        self.scale = 1.0 / np.sqrt(hidden)

    def construct(self, hidden_states, attention_mask=None, output_attentions=False, return_dict=True):
        q = self.query(hidden_states)
        k = self.key(hidden_states)
        v = self.value(hidden_states)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        if attention_mask is not None:
            scores = scores + attention_mask
        probs = ops.softmax(scores, axis=-1)
        context = ops.matmul(probs, v)
        if not return_dict:
            return (context,)
        if output_attentions:
            return context, probs
        return context, None


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return BertSelfAttention(), (x, None, True, True)
