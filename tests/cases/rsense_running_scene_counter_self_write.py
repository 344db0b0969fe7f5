# case: accumulates how many scenes and cloudy pixels were processed by writing tensor attributes on self inside construct -> error or side-effect problems from attribute writes on self
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SceneAccumulator(nn.Cell):
    def __init__(self, cloud_thr=0.75):
        super().__init__()
        self.cloud_thr = cloud_thr
        self.scenes_seen = 0
        self.cloudy_pixels = Tensor(0.0, ms.float32)

    def construct(self, scene):
        cloudy = (scene.max(axis=0) > self.cloud_thr).astype(ms.float32).sum()
        self.cloudy_pixels = self.cloudy_pixels + cloudy
        self.scenes_seen = self.scenes_seen + 1
        return scene.mean(axis=(1, 2)), self.cloudy_pixels


def make():
    np.random.seed(12)
    scene = Tensor(np.random.rand(5, 10, 10).astype(np.float32))
    return SceneAccumulator(), (scene,)
