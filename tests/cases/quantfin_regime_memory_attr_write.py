# case: regime filter that remembers the last detected regime and a switch counter by assigning to self attributes inside construct -> attribute writes of tensors on self in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StickyRegime(nn.Cell):
    def __init__(self, high=0.03, low=0.015):
        super().__init__()
        self.high = high
        self.low = low
        self.last_regime = Tensor(0, ms.int32)
        self.switches = 0

    def construct(self, returns):
        vol = ops.std(returns)
        regime = ops.select(vol > self.high, Tensor(1, ms.int32),
                            ops.select(vol < self.low, Tensor(0, ms.int32), self.last_regime))
        self.switches = self.switches + (regime != self.last_regime).astype(ms.int32)
        self.last_regime = regime
        return regime, self.switches


def make():
    np.random.seed(23)
    returns = Tensor((np.random.randn(30) * 0.04).astype(np.float32))
    return StickyRegime(), (returns,)
