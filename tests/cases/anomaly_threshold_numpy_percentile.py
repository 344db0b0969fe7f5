# case: calibrates the image threshold from normal-sample scores with np.percentile inside construct -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdCalibrator(nn.Cell):
    """Fits an image-level threshold on scores of defect-free validation images."""

    def __init__(self, percentile=99.0, top_k=5):
        super().__init__()
        self.percentile = percentile
        self.top_k = top_k

    def image_scores(self, amaps):
        flat = amaps.reshape(amaps.shape[0], -1)
        top, _ = ops.topk(flat, self.top_k, dim=1)
        return top.mean(axis=1)

    def construct(self, normal_maps, test_maps):
        normal_scores = self.image_scores(normal_maps)
        test_scores = self.image_scores(test_maps)
        thr = np.percentile(normal_scores.asnumpy(), self.percentile)
        return test_scores > Tensor(thr, ms.float32)


def make():
    np.random.seed(4)
    normal = np.random.rand(8, 1, 8, 8).astype(np.float32)
    test = (np.random.rand(4, 1, 8, 8) * 1.3).astype(np.float32)
    return ThresholdCalibrator(), (Tensor(normal), Tensor(test))
