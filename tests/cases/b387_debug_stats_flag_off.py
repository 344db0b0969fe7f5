# case: propagation step with a debug branch that dumps affinity statistics through .asnumpy() and NumPy, guarded by config.debug which defaults to False -> dead flag-guarded branch; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PropagateConfig:
    def __init__(self, key_dim=8, debug=False, temperature=1.0):
        self.key_dim = key_dim
        self.debug = debug
        self.temperature = temperature


class DebugStatsMixin:
    def _dump_stats(self, aff):
        a = aff.asnumpy()
        print("affinity mean", float(np.mean(a)), "max", float(np.max(a)))


class Propagator(nn.Cell, DebugStatsMixin):
    def __init__(self, config):
        super().__init__()
        self.debug = config.debug
        self.scale = config.key_dim ** -0.5 / config.temperature

    def construct(self, query_key, mem_key, mem_val, prev_mask):
        aff = ops.softmax(ops.bmm(mem_key.transpose(0, 2, 1), query_key) * self.scale, axis=1)
        if self.debug:
            self._dump_stats(aff)
        readout = ops.bmm(mem_val, aff)
        return readout * (1.0 + prev_mask.reshape(1, 1, -1))


def make():
    np.random.seed(3897)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    pm = Tensor(np.random.rand(4, 4).astype(np.float32))
    return Propagator(PropagateConfig()), (qk, mk, mv, pm)
