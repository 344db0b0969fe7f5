# case: per-image loop upsamples only the maps of images whose score exceeds the image threshold and keeps the coarse map otherwise, returning a tuple -> tensor if with branches of different shapes, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineConfig:
    def __init__(self, image_threshold=0.7, refine_size=(32, 32), batch_size=3):
        self.image_threshold = image_threshold
        self.refine_size = refine_size
        self.batch_size = batch_size


class SelectiveRefiner(nn.Cell):
    def __init__(self, config: RefineConfig):
        super().__init__()
        self.image_threshold = config.image_threshold
        self.refine_size = config.refine_size
        self.batch_size = config.batch_size

    def _refine(self, amap):
        return ops.interpolate(amap, size=self.refine_size, mode="bilinear", align_corners=False)

    def construct(self, anomaly_maps):
        scores = anomaly_maps.reshape(self.batch_size, -1).max(axis=1)
        refined = []
        for i in range(self.batch_size):
            amap = anomaly_maps[i:i + 1]
            if scores[i] > self.image_threshold:
                refined.append(self._refine(amap))
            else:
                refined.append(amap)
        return scores, tuple(refined)


def make():
    np.random.seed(3664)
    net = SelectiveRefiner(RefineConfig())
    maps = Tensor(np.random.rand(3, 1, 8, 8).astype(np.float32))
    return net, (maps,)
