# case: marks sequences finished when the sampled token matches any of the configured stop ids by broadcasting against a constant stop-id tensor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StopIdMatcher(nn.Cell):
    def __init__(self, stop_ids=(2, 5, 11)):
        super().__init__()
        self.stop_ids = Tensor(np.array(stop_ids, dtype=np.int32))

    def construct(self, logits, finished):
        token = ops.argmax(logits, dim=-1).astype(ms.int32)
        hit = (token.expand_dims(-1) == self.stop_ids).any(axis=-1)
        return token, ops.logical_or(finished, hit)


def make():
    np.random.seed(28)
    logits = np.random.randn(4, 14).astype(np.float32)
    logits[1, 11] = 9.0
    finished = Tensor(np.array([False, False, True, False]))
    return StopIdMatcher(), (Tensor(logits), finished)
