# case: memory readout returns (readout,) plus the affinity only when output_affinity is set, building the output tuple from a config flag that no caller changes -> output arity fixed by a Python flag; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadoutOutputConfig:
    def __init__(self, key_dim=8, output_affinity=False, output_hidden=True):
        self.key_dim = key_dim
        self.output_affinity = output_affinity
        self.output_hidden = output_hidden


class MemoryReadoutLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_affinity = config.output_affinity
        self.output_hidden = config.output_hidden
        self.scale = config.key_dim ** -0.5
        self.norm = nn.LayerNorm((4,))

    def construct(self, query_key, mem_key, mem_val, *args, **kwargs):
        aff = ops.softmax(ops.bmm(mem_key.transpose(0, 2, 1), query_key) * self.scale, axis=1)
        h = ops.bmm(mem_val, aff)
        h = self.norm(h.transpose(0, 2, 1)).transpose(0, 2, 1)
        outputs = (h,) + (aff,) if self.output_affinity else (h,)
        if self.output_hidden:
            outputs = outputs + (mem_val.mean(axis=-1),)
        return outputs


class ReadoutModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layer = MemoryReadoutLayer(config)

    def construct(self, *args, **kwargs):
        return self.layer(*args, **kwargs)


def make():
    np.random.seed(3901)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    return ReadoutModel(ReadoutOutputConfig()), (qk, mk, mv)
