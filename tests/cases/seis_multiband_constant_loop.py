# case: multi-band envelope features by looping over a constant tuple of smoothing kernels held as Python config -> constant loop unrolled, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BAND_KERNELS = (3, 7, 15)


class MultiBandEnvelope(nn.Cell):
    def __init__(self, kernels=BAND_KERNELS):
        super().__init__()
        self.pools = nn.CellList([nn.AvgPool1d(kernel_size=k, stride=1, pad_mode="same") for k in kernels])

    def construct(self, traces):
        # traces: (batch, n_samples)
        x = ops.abs(traces).expand_dims(1)
        feats = []
        for pool in self.pools:
            feats.append(pool(x))
        stacked = ops.concat(feats, axis=1)
        return ops.log(stacked + 1e-6)


def make():
    np.random.seed(36)
    tr = np.random.randn(2, 60).astype(np.float32)
    return MultiBandEnvelope(), (Tensor(tr),)
