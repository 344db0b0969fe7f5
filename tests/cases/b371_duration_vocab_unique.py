# case: duration quantiser builds a per-piece duration vocabulary from ops.unique over the quantised steps and returns the codebook -> output size depends on data, dynamic shape or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class QuantCfg:
    grid = 0.125
    max_steps = 32
    build_codebook = True

class GridQuantizerBase(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.grid = cfg.grid
        self.max_steps = cfg.max_steps

    def quantize(self, dur):
        return ops.clamp(ops.round(dur / self.grid), 1.0, float(self.max_steps))

class PieceDurationCodebook(GridQuantizerBase):
    def __init__(self, cfg):
        super().__init__(cfg)
        self.build_codebook = getattr(cfg, "build_codebook", False)

    def construct(self, durations):
        steps = self.quantize(durations).reshape(-1).astype(ms.int32)
        if self.build_codebook:
            codebook, idx = ops.unique(steps)
            return codebook, idx.reshape(durations.shape)
        return steps, steps.reshape(durations.shape)

def make():
    np.random.seed(3714)
    m = PieceDurationCodebook(QuantCfg())
    d = Tensor((np.random.randint(1, 9, size=(4, 16)) * 0.125).astype(np.float32))
    return m, (d,)
