# case: DIEN interest-evolution AUGRU unrolls over range(interests.shape[1]) and freezes the hidden state past each user's length with a float step mask, stacking states when return_sequence is set -> loop bound is a shape, masks only multiply, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DIENConfig:
    def __init__(self, emb_dim=8, hidden=8, return_sequence=True):
        self.emb_dim = emb_dim
        self.hidden = hidden
        self.return_sequence = return_sequence


class AUGRUCell(nn.Cell):
    def __init__(self, in_dim, hidden):
        super().__init__()
        self.gates = nn.Dense(in_dim + hidden, 2 * hidden)
        self.cand = nn.Dense(in_dim + hidden, hidden)

    def construct(self, x, h, att):
        r, u = ops.split(ops.sigmoid(self.gates(ops.concat((x, h), -1))), h.shape[-1], axis=-1)
        c = ops.tanh(self.cand(ops.concat((x, r * h), -1)))
        u = att.expand_dims(-1) * u
        return (1.0 - u) * h + u * c


class InterestEvolution(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.hidden = config.hidden
        self.return_sequence = config.return_sequence
        self.cell = AUGRUCell(config.emb_dim, config.hidden)

    def construct(self, interests, att, lengths):
        batch, max_len = interests.shape[0], interests.shape[1]
        h = ops.zeros((batch, self.hidden), interests.dtype)
        states = []
        for t in range(max_len):
            h_new = self.cell(interests[:, t], h, att[:, t])
            step_mask = (t < lengths).astype(h.dtype).expand_dims(-1)
            h = step_mask * h_new + (1.0 - step_mask) * h
            states.append(h)
        if self.return_sequence:
            return ops.stack(states, axis=1), h
        return (h,)


def make():
    np.random.seed(38533)
    cfg = DIENConfig()
    interests = Tensor(np.random.randn(3, 6, cfg.emb_dim).astype(np.float32))
    att = Tensor(np.random.rand(3, 6).astype(np.float32))
    lengths = Tensor(np.array([5, 2, 6], dtype=np.int32))
    return InterestEvolution(cfg), (interests, att, lengths)
