# case: key-estimation feature that computes a pitch-class histogram with np.bincount on asnumpy() of the pitch tensor, then correlates it with a major-key profile -> host NumPy round trip in construct, graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAJOR_PROFILE = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88], dtype=np.float32)


class KeyEstimator(nn.Cell):
    def __init__(self):
        super().__init__()
        profiles = np.stack([np.roll(MAJOR_PROFILE, k) for k in range(12)])
        self.profiles = Tensor(profiles / profiles.sum(axis=1, keepdims=True))

    def pitch_class_hist(self, pitches):
        counts = np.bincount(pitches.asnumpy() % 12, minlength=12).astype(np.float32)
        return Tensor(counts / max(counts.sum(), 1.0))

    def construct(self, pitches):
        hist = self.pitch_class_hist(pitches)
        scores = ops.matmul(self.profiles, hist)
        return ops.argmax(scores), scores


def make():
    np.random.seed(6)
    pitches = Tensor(np.random.choice([60, 62, 64, 65, 67, 69, 71], size=24).astype(np.int32))
    return KeyEstimator(), (pitches,)
