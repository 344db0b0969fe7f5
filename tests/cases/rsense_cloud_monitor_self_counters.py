# case: scene encoder keeps running counters of seen scenes and last cloud cover on self inside construct -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MonitoredSceneEncoder(nn.Cell):
    def __init__(self, in_bands=6, width=8, cloud_band=5, cloud_level=0.4):
        super().__init__()
        self.encoder = nn.SequentialCell(
            nn.Conv2d(in_bands, width, 3, pad_mode="same"),
            nn.BatchNorm2d(width),
            nn.ReLU(),
        )
        self.cloud_band = cloud_band
        self.cloud_level = cloud_level
        self.scenes_seen = 0
        self.last_cover = None

    def cover(self, scene):
        bright = scene[:, self.cloud_band] > self.cloud_level
        return bright.astype(ms.float32).mean()

    def construct(self, scene):
        cover = self.cover(scene)
        self.scenes_seen = self.scenes_seen + scene.shape[0]
        self.last_cover = cover
        return self.encoder(scene), cover


def make():
    np.random.seed(10)
    scene = Tensor(np.random.rand(2, 6, 8, 8).astype(np.float32))
    net = MonitoredSceneEncoder()
    net.set_train(False)
    return net, (scene,)
