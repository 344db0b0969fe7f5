# case: a token pooler that indexes hidden states with a boolean attention mask (hidden[mask.bool()]) like in PyTorch, so the number of selected rows is data-dependent and the shape should be dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMeanPooler(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.dense = nn.Dense(hidden, hidden)
        self.act = nn.Tanh()

    def construct(self, hidden_states, attention_mask):
        # flatten batch and sequence, keep only real tokens
        b, s, h = hidden_states.shape
        flat = hidden_states.view(b * s, h)
        keep = attention_mask.view(-1).bool()
        tokens = flat[keep]
        pooled = tokens.mean(axis=0, keep_dims=True)
        return self.act(self.dense(pooled))


def make():
    hs = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    am = np.ones((2, 6), np.int32)
    am[0, 4:] = 0
    am[1, 2:] = 0
    return MaskedMeanPooler(), (hs, Tensor(am))
