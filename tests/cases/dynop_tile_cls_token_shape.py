# case: ViT CLS token broadcast to the batch size read from the patch tensor's shape (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PatchEmbedCls(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.patch = nn.Conv2d(3, dim, 4, stride=4, pad_mode="valid")
        self.cls_token = Parameter(Tensor(np.zeros((1, 1, dim), np.float32)), name="cls")
        self.pos = Parameter(Tensor(np.zeros((1, 5, dim), np.float32)), name="pos")

    def construct(self, img):
        x = self.patch(img).flatten(start_dim=2).swapaxes(1, 2)
        cls = ops.broadcast_to(self.cls_token, (x.shape[0], -1, -1))
        return ops.concat((cls, x), axis=1) + self.pos


def make():
    return PatchEmbedCls(), (Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32)),)
