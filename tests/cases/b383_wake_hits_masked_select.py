# case: wake-word detector smooths keyword confidence and collects the confidences above threshold with ops.masked_select in a helper -> output length depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectorConfig:
    def __init__(self, threshold=0.6, keyword_index=1, smooth=5, return_count=True):
        self.threshold = threshold
        self.keyword_index = keyword_index
        self.smooth = smooth
        self.return_count = return_count


class WakeWordDetector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.keyword_index = config.keyword_index
        self.return_count = config.return_count
        self.pool = nn.AvgPool1d(kernel_size=config.smooth, stride=1, pad_mode="same")

    def _smooth(self, posteriors):
        kw = posteriors[:, :, self.keyword_index]
        return self.pool(kw.expand_dims(1)).squeeze(1)

    def _collect_hits(self, confidence):
        return ops.masked_select(confidence, confidence > self.threshold)

    def construct(self, posteriors):
        conf = self._smooth(posteriors)
        hits = self._collect_hits(conf)
        if self.return_count:
            return hits, (conf > self.threshold).astype(ms.int32).sum()
        return (hits,)


def make():
    np.random.seed(3833)
    post = np.random.rand(1, 60, 4).astype(np.float32)
    post /= post.sum(-1, keepdims=True)
    post[0, 20:32, 1] = 0.9
    return WakeWordDetector(DetectorConfig()), (Tensor(post),)
