# case: ViT prepends a CLS token tiled to a batch size passed as a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PatchEmbedCls(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.patch = nn.Conv2d(3, dim, 4, stride=4, pad_mode="valid")
        self.cls_token = Parameter(Tensor(np.zeros((1, 1, dim), np.float32)), name="cls")

    def construct(self, img, batch):
        x = self.patch(img).flatten(start_dim=2).swapaxes(1, 2)
        cls = ops.tile(self.cls_token, (batch, 1, 1))
        return ops.concat((cls, x), axis=1)


def make():
    img = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return PatchEmbedCls(), (img, Tensor(2, ms.int64))
