# case: scans a DNA one-hot sequence with a position weight matrix and keeps scores above a threshold via masked_select -> dynamic number of hits
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PWMScanner(nn.Cell):
    def __init__(self, pwm, threshold=0.5):
        super().__init__()
        motif_len = pwm.shape[0]
        w = np.transpose(pwm, (1, 0))[None, :, :].astype(np.float32)
        self.conv = nn.Conv1d(4, 1, motif_len, pad_mode="valid", has_bias=False,
                              weight_init=Tensor(w))
        self.threshold = threshold

    def construct(self, onehot):
        scores = self.conv(onehot).squeeze(1)
        return scores


class MotifHitCaller(nn.Cell):
    def __init__(self, pwm, threshold=0.5):
        super().__init__()
        self.scanner = PWMScanner(pwm, threshold)
        self.threshold = threshold

    def construct(self, onehot):
        scores = self.scanner(onehot)
        hits = ops.masked_select(scores, scores > self.threshold)
        return hits, hits.shape[0]


def make():
    np.random.seed(2)
    pwm = np.log(np.random.dirichlet(np.ones(4), size=5) * 4 + 1e-3)
    seq = np.random.randint(0, 4, size=(1, 30))
    onehot = np.eye(4, dtype=np.float32)[seq].transpose(0, 2, 1)
    return MotifHitCaller(pwm, threshold=0.5), (Tensor(onehot),)
