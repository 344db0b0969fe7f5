# case: PWM convolution over one-hot DNA, scores below threshold zeroed with ops.where and best hit kept per sequence -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotifScanner(nn.Cell):
    def __init__(self, pwm, threshold=1.0, both_strands=True):
        super().__init__()
        motif_len = pwm.shape[0]
        w = np.transpose(pwm, (1, 0))[None, :, :].astype(np.float32)
        self.conv = nn.Conv1d(4, 1, motif_len, pad_mode="valid", has_bias=False,
                              weight_init=Tensor(w))
        self.threshold = threshold
        self.both_strands = both_strands

    def strand_scores(self, onehot):
        return self.conv(onehot).squeeze(1)

    def construct(self, onehot):
        scores = self.strand_scores(onehot)
        if self.both_strands:
            rc = ops.flip(onehot, (1, 2))
            scores = ops.maximum(scores, ops.flip(self.strand_scores(rc), (1,)))
        kept = ops.where(scores > self.threshold, scores, ops.zeros_like(scores))
        n_hits = (scores > self.threshold).astype(ms.int32).sum(axis=1)
        best = kept.max(axis=1)
        return kept, n_hits, best


def make():
    np.random.seed(3)
    pwm = np.log(np.random.dirichlet(np.ones(4), size=6) * 4 + 1e-3)
    seq = np.random.randint(0, 4, size=(2, 28))
    onehot = np.eye(4, dtype=np.float32)[seq].transpose(0, 2, 1)
    return MotifScanner(pwm, threshold=1.0), (Tensor(onehot),)
