# case: PD phase-resolved histogram logs the pulse count with print of an f-string containing a tensor inside construct -> f-string/print of tensor in graph, expected error or runtime print
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PRPDHistogram(nn.Cell):
    """Phase-resolved partial discharge: bins pulse magnitudes over 0..360 degrees."""

    def __init__(self, n_bins=36, threshold_pc=50.0, verbose=True):
        super().__init__()
        self.n_bins = n_bins
        self.threshold = threshold_pc
        self.verbose = verbose
        self.bin_edges = Tensor(np.arange(n_bins, dtype=np.float32) * (360.0 / n_bins))

    def construct(self, phase_deg, charge_pc):
        hit = (charge_pc > self.threshold).astype(ms.float32)
        onehot = (phase_deg.expand_dims(-1) >= self.bin_edges).astype(ms.float32)
        onehot = onehot - ops.pad(onehot[:, 1:], (0, 1))
        hist = ops.matmul(hit.expand_dims(0), onehot).squeeze(0)
        if self.verbose:
            print(f"PD pulses above threshold: {hit.sum()}")
        return hist


def make():
    np.random.seed(151)
    ph = Tensor((np.random.rand(500) * 360).astype(np.float32))
    q = Tensor((np.abs(np.random.randn(500)) * 60).astype(np.float32))
    return PRPDHistogram(), (ph, q)
