# case: frame-rate decimator keeps the top-k most energetic frames where k = num_frames // stride is computed from x.shape (looks like a count from data) then restores time order with a sort on indices -> k is static, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecimatorConfig:
    stride = 4
    restore_order = True


class EnergyDecimator(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = DecimatorConfig if config is None else config
        self.stride = config.stride
        self.restore_order = config.restore_order

    def _frame_energy(self, feats):
        return (feats * feats).sum(axis=-1)

    def construct(self, feats):
        num_frames = feats.shape[0]
        k = num_frames // self.stride
        _, idx = ops.topk(self._frame_energy(feats), k)
        if self.restore_order:
            idx, _ = ops.sort(idx.astype(ms.float32))
            idx = idx.astype(ms.int32)
        return ops.gather(feats, idx, 0)


def make():
    np.random.seed(38340)
    feats = Tensor(np.random.randn(48, 40).astype(np.float32))
    return EnergyDecimator(), (feats,)
