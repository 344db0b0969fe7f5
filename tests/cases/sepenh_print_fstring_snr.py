# case: logs the per-batch SI-SNR improvement with print of an f-string containing the tensor inside construct -> f-string formatting of a tensor value in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def si_snr(est, ref, eps=1e-8):
    est = est - est.mean(axis=-1, keep_dims=True)
    ref = ref - ref.mean(axis=-1, keep_dims=True)
    proj = (est * ref).sum(axis=-1, keepdims=True) * ref / ((ref * ref).sum(axis=-1, keepdims=True) + eps)
    noise = est - proj
    return 10.0 * ops.log10((proj * proj).sum(axis=-1) / ((noise * noise).sum(axis=-1) + eps) + eps)


class SISNRiMetric(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, est, mix, ref):
        improvement = (si_snr(est, ref) - si_snr(mix, ref)).mean()
        if self.verbose:
            print(f"SI-SNRi this batch: {improvement} dB")
        return improvement


def make():
    np.random.seed(14)
    ref = np.random.randn(2, 64).astype(np.float32)
    mix = ref + 0.5 * np.random.randn(2, 64).astype(np.float32)
    est = ref + 0.1 * np.random.randn(2, 64).astype(np.float32)
    return SISNRiMetric(), (Tensor(est), Tensor(mix), Tensor(ref))
