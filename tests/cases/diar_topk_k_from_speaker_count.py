# case: estimates the number of speakers from the eigenvalue gap as a tensor and passes int() of it as k to topk over segment scores -> k taken from a tensor value in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralSpeakerCount(nn.Cell):
    def __init__(self, max_speakers=5):
        super().__init__()
        self.max_speakers = max_speakers

    def _estimate_count(self, eigvals):
        gaps = eigvals[:-1] - eigvals[1:]
        return ops.argmax(gaps[:self.max_speakers]) + 1

    def construct(self, eigvals, seg_scores):
        # eigvals: (N,) sorted descending; seg_scores: (N,)
        n_spk = self._estimate_count(eigvals)
        k = int(n_spk)
        top_scores, top_idx = ops.topk(seg_scores, k)
        return top_scores, top_idx


def make():
    np.random.seed(19)
    eig = np.sort(np.random.rand(8).astype(np.float32))[::-1].copy()
    eig[:3] += 2.0
    scores = Tensor(np.random.rand(8).astype(np.float32))
    return SpectralSpeakerCount(), (Tensor(eig), scores)
