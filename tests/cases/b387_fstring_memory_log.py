# case: verbose propagation step logs memory size and the peak affinity tensor through an f-string passed to a print helper -> f-string formatting a tensor value inside construct; Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PropagationConfig:
    def __init__(self, key_dim=8, verbose=True, log_prefix="[xmem]"):
        self.key_dim = key_dim
        self.verbose = verbose
        self.log_prefix = log_prefix


class LoggingMixin:
    def _log(self, msg):
        if getattr(self, "verbose", False):
            print(msg)


class MaskPropagator(nn.Cell, LoggingMixin):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.prefix = config.log_prefix
        self.scale = config.key_dim ** -0.5
        self.decoder = nn.Conv2d(4, 1, 1, has_bias=True)

    def construct(self, query_key, mem_key, mem_val):
        aff = ops.softmax(ops.bmm(mem_key.transpose(0, 2, 1), query_key) * self.scale, axis=1)
        peak = aff.max()
        self._log(f"{self.prefix} mem={mem_key.shape[-1]} peak_aff={peak}")
        readout = ops.bmm(mem_val, aff).reshape(1, 4, 4, 4)
        return ops.sigmoid(self.decoder(readout))


def make():
    np.random.seed(3883)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    return MaskPropagator(PropagationConfig()), (qk, mk, mv)
