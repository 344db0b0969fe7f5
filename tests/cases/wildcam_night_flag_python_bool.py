# case: re-id model chooses an IR-night crop path from a Python bool constructor flag -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NightAwareReID(nn.Cell):
    def __init__(self, infrared=True, emb_dim=16, margin=2):
        super().__init__()
        self.infrared = infrared
        self.margin = margin
        self.conv = nn.Conv2d(3, emb_dim, 3, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)

    def construct(self, img):
        if self.infrared:
            m = self.margin
            x = img[:, :, m:-m, m:-m]
        else:
            x = img
        emb = self.pool(self.conv(x)).reshape(img.shape[0], -1)
        return emb / ops.norm(emb, dim=1, keepdim=True)


def make():
    np.random.seed(7)
    img = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return NightAwareReID(), (img,)
