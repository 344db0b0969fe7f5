# case: HRV feature cell converts RR intervals to NumPy in a helper (asnumpy + np.std) to compute SDNN and RMSSD -> error in Graph mode (host round trip)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HRVFeatures(nn.Cell):
    def __init__(self, fs=250.0):
        super().__init__()
        self.fs = fs

    def sdnn_rmssd(self, rr):
        rr_np = rr.asnumpy()
        sdnn = np.std(rr_np)
        rmssd = np.sqrt(np.mean(np.diff(rr_np) ** 2))
        return Tensor(np.array([sdnn, rmssd], dtype=np.float32))

    def construct(self, peak_samples):
        rr = (peak_samples[1:] - peak_samples[:-1]).astype(ms.float32) / self.fs * 1000.0
        feats = self.sdnn_rmssd(rr)
        mean_hr = 60000.0 / rr.mean()
        return ops.concat((feats, mean_hr.reshape(1)))


def make():
    np.random.seed(5)
    rr = np.random.randint(180, 230, size=10)
    peaks = np.cumsum(rr).astype(np.int32)
    return HRVFeatures(), (Tensor(peaks),)
