# case: anomaly-map post-processor with a return_coords branch (ops.nonzero) that the default config never enables -> branch resolved at compile time, static
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class PostProcessConfig:
    image_size: tuple = (32, 32)
    pixel_threshold: float = 0.6
    return_coords: bool = False


def min_max_normalize(x, eps=1e-6):
    lo = x.min()
    hi = x.max()
    return (x - lo) / (hi - lo + eps)


class AnomalyMapPostProcessor(nn.Cell):
    def __init__(self, config: PostProcessConfig):
        super().__init__()
        self.image_size = config.image_size
        self.pixel_threshold = config.pixel_threshold
        self.return_coords = config.return_coords

    def _segment(self, amap):
        amap = ops.interpolate(amap, size=self.image_size, mode="bilinear", align_corners=False)
        amap = min_max_normalize(amap)
        return amap, amap > self.pixel_threshold

    def construct(self, patch_scores):
        amap, pred_mask = self._segment(patch_scores)
        outputs = (amap, pred_mask.astype(ms.float32))
        if self.return_coords:
            outputs = outputs + (ops.nonzero(pred_mask[:, 0]),)
        return outputs


def make():
    np.random.seed(3646)
    net = AnomalyMapPostProcessor(PostProcessConfig())
    scores = Tensor(np.random.rand(2, 1, 8, 8).astype(np.float32))
    return net, (scores,)
