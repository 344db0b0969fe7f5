# case: LIF layer accepts an optional initial membrane and optional input scaling, both None by default and tested with is None -> None checks resolved at compile time, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class LIFConfig:
    tau: float = 2.0
    v_threshold: float = 1.0
    v_reset: float = 0.0
    store_v_seq: bool = False


class LIFLayer(nn.Cell):
    def __init__(self, in_features, out_features, config: Optional[LIFConfig] = None):
        super().__init__()
        config = LIFConfig() if config is None else config
        self.fc = nn.Dense(in_features, out_features)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.v_reset = config.v_reset
        self.store_v_seq = config.store_v_seq

    def construct(self, x_seq, v_init: Optional[Tensor] = None, scale: Optional[Tensor] = None):
        if scale is not None:
            x_seq = x_seq * scale
        if v_init is None:
            v = ops.full((x_seq.shape[1], self.fc.out_channels), self.v_reset, dtype=ms.float32)
        else:
            v = v_init
        spikes, v_seq = [], []
        for t in range(x_seq.shape[0]):
            v = v + (self.fc(x_seq[t]) - (v - self.v_reset)) / self.tau
            s = (v >= self.v_threshold).astype(ms.float32)
            v = v * (1.0 - s) + self.v_reset * s
            spikes.append(s)
            if self.store_v_seq:
                v_seq.append(v)
        if self.store_v_seq:
            return ops.stack(spikes), ops.stack(v_seq)
        return ops.stack(spikes), v


def make():
    np.random.seed(3827)
    x_seq = Tensor(np.random.rand(4, 3, 9).astype(np.float32) * 3.0)
    return LIFLayer(9, 5), (x_seq,)
