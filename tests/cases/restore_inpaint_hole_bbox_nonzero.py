# case: inpainting crops the bounding box of the hole found with nonzero on the mask -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HoleRefiner(nn.Cell):
    def __init__(self, channels=3, feats=8, margin=1):
        super().__init__()
        self.margin = margin
        self.coarse = nn.Conv2d(channels + 1, channels, 3, pad_mode="same")
        self.refine = nn.SequentialCell([
            nn.Conv2d(channels, feats, 3, pad_mode="same"),
            nn.ELU(),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])

    def hole_bbox(self, mask):
        coords = ops.nonzero(mask[0, 0])
        y0 = coords[:, 0].min()
        y1 = coords[:, 0].max()
        x0 = coords[:, 1].min()
        x1 = coords[:, 1].max()
        return y0, y1, x0, x1

    def construct(self, image, mask):
        masked = image * (1.0 - mask)
        coarse = self.coarse(ops.concat((masked, mask), axis=1))
        y0, y1, x0, x1 = self.hole_bbox(mask)
        patch = coarse[:, :, y0:y1 + 1, x0:x1 + 1]
        return self.refine(patch)


def make():
    np.random.seed(5)
    image = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    m = np.zeros((1, 1, 12, 12), dtype=np.float32)
    m[..., 3:8, 4:10] = 1.0
    return HoleRefiner(), (image, Tensor(m))
