# case: n-best keyword hypotheses: the number of hypotheses kept is the count of keywords whose max posterior passes the threshold, turned into a Python int and fed to ops.topk -> top-k size from data, Graph mode cannot fix the output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NBestConfig:
    def __init__(self, threshold=0.3, min_hyps=1, with_indices=True):
        self.threshold = threshold
        self.min_hyps = min_hyps
        self.with_indices = with_indices


def keyword_peaks(posteriors):
    return posteriors.max(axis=0)


class NBestSelector(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = NBestConfig() if config is None else config
        self.threshold = config.threshold
        self.min_hyps = config.min_hyps
        self.with_indices = config.with_indices

    def _num_hyps(self, peaks):
        active = (peaks > self.threshold).astype(ms.int32).sum()
        return max(int(active), self.min_hyps)

    def construct(self, posteriors):
        peaks = keyword_peaks(posteriors)
        k = self._num_hyps(peaks)
        scores, ids = ops.topk(peaks, k)
        outputs = (scores, ids) if self.with_indices else (scores,)
        return outputs


def make():
    np.random.seed(38313)
    post = np.random.rand(49, 12).astype(np.float32) * 0.25
    post[10, 3] = 0.8
    post[22, 7] = 0.6
    return NBestSelector(), (Tensor(post),)
