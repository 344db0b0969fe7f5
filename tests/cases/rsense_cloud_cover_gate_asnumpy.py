# case: skip the refinement head when scene cloud cover (read back with asnumpy) is too high -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CloudGatedRefiner(nn.Cell):
    def __init__(self, in_bands=4, hidden=8, max_cloud_cover=0.7):
        super().__init__()
        self.max_cloud_cover = max_cloud_cover
        self.refine = nn.SequentialCell(
            nn.Conv2d(in_bands, hidden, 3, pad_mode="same"),
            nn.ReLU(),
            nn.Conv2d(hidden, in_bands, 1),
        )

    def cloud_cover(self, cloud_mask):
        return cloud_mask.astype(ms.float32).mean()

    def construct(self, scene, cloud_mask):
        cover = float(self.cloud_cover(cloud_mask).asnumpy())
        if cover > self.max_cloud_cover:
            return scene
        return scene + self.refine(scene)


def make():
    np.random.seed(1)
    scene = Tensor(np.random.rand(1, 4, 12, 12).astype(np.float32))
    cloud = Tensor((np.random.rand(1, 12, 12) > 0.8).astype(np.int32))
    return CloudGatedRefiner(), (scene, cloud)
