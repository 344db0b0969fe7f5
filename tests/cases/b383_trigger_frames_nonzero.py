# case: KWS post-processor returns the frame indices where any keyword posterior crosses its per-keyword threshold via ops.nonzero -> data-dependent number of rows, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

KEYWORDS = ("hey_mind", "stop", "go")
DEFAULT_THRESHOLDS = (0.7, 0.5, 0.5)


class TriggerLocator(nn.Cell):
    def __init__(self, thresholds=None, skip_filler=True):
        super().__init__()
        thresholds = DEFAULT_THRESHOLDS if thresholds is None else thresholds
        self.thresholds = Tensor(np.array(thresholds, np.float32))
        self.skip_filler = skip_filler

    def _keyword_posteriors(self, posteriors):
        # column 0 is the filler / background class
        return posteriors[..., 1:] if self.skip_filler else posteriors

    def construct(self, posteriors):
        kw = self._keyword_posteriors(posteriors)
        fired = kw > self.thresholds
        idx = ops.nonzero(fired)
        return idx, fired.any(axis=-1)


def make():
    np.random.seed(3834)
    post = np.random.rand(2, 40, len(KEYWORDS) + 1).astype(np.float32)
    post /= post.sum(-1, keepdims=True)
    post[0, 10:14, 1] = 0.95
    post[1, 30, 3] = 0.8
    return TriggerLocator(), (Tensor(post),)
