# case: beam search prunes candidates whose partial SQL is invalid by pulling scores to the host with .asnumpy() inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamPruner(nn.Cell):
    def __init__(self, hidden=8, beam_size=4):
        super().__init__()
        self.score = nn.Dense(hidden, 1)
        self.beam_size = beam_size

    def construct(self, beam_states, beam_valid):
        scores = self.score(beam_states).squeeze(-1)          # (K,)
        s = scores.asnumpy()
        v = beam_valid.asnumpy()
        keep = np.where(v, s, -np.inf)
        order = np.argsort(-keep)[: self.beam_size]
        return Tensor(order.astype(np.int32)), Tensor(keep[order].astype(np.float32))


def make():
    np.random.seed(9)
    states = Tensor(np.random.randn(8, 8).astype(np.float32))
    valid = Tensor(np.random.rand(8) > 0.3)
    return BeamPruner(), (states, valid)
