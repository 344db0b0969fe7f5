# case: finds handover candidate satellites whose SNR beats the serving satellite by a hysteresis margin using nonzero and gathers their SNR -> nonzero gives a data-dependent row count, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandoverCandidates(nn.Cell):
    def __init__(self, hysteresis_db=3.0):
        super().__init__()
        self.hys = hysteresis_db

    def construct(self, snr_db, serving_idx):
        serving_snr = ops.gather(snr_db, serving_idx, 0)
        better = snr_db > (serving_snr + self.hys)
        cand_idx = ops.nonzero(better).reshape(-1)
        cand_snr = ops.gather(snr_db, cand_idx, 0)
        gain = cand_snr - serving_snr
        return cand_idx, gain


def make():
    np.random.seed(2)
    snr = Tensor(np.random.uniform(0, 20, size=(10,)).astype(np.float32))
    serving = Tensor(np.array(3, dtype=np.int32))
    return HandoverCandidates(), (snr, serving)
