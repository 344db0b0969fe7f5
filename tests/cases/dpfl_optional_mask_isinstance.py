# case: aggregator accepts updates as a tuple of tensors and an optional client mask, guarded by isinstance and None checks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleAggregator(nn.Cell):
    def __init__(self, server_momentum=0.0):
        super().__init__()
        self.server_momentum = server_momentum

    def _stack(self, updates):
        if isinstance(updates, (tuple, list)):
            return ops.stack(updates)
        return updates

    def construct(self, global_w, updates, mask=None):
        stacked = self._stack(updates)
        if mask is None:
            weights = ops.ones((stacked.shape[0],), ms.float32) / stacked.shape[0]
        else:
            m = mask.astype(ms.float32)
            weights = m / ops.maximum(m.sum(), 1.0)
        delta = (stacked * weights.reshape(-1, 1)).sum(axis=0)
        if self.server_momentum > 0:
            delta = delta * (1.0 + self.server_momentum)
        return global_w + delta


def make():
    np.random.seed(36)
    gw = Tensor(np.random.randn(4).astype(np.float32))
    ups = tuple(Tensor(np.random.randn(4).astype(np.float32)) for _ in range(3))
    return FlexibleAggregator(), (gw, ups)
