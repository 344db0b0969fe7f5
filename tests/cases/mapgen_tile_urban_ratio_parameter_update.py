# case: tile classifier stores the running urban ratio in a non-trainable Parameter updated with ops.assign -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LandCoverTileClassifier(nn.Cell):
    def __init__(self, in_ch=4, num_classes=5, momentum=0.9, urban_class=2):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, num_classes, 1)
        self.urban_class = urban_class
        self.momentum = momentum
        self.running_urban = Parameter(Tensor(0.0, ms.float32), name="running_urban", requires_grad=False)

    def construct(self, tile):
        logits = self.conv(tile)
        cls_map = logits.argmax(1)
        urban = (cls_map == self.urban_class).astype(ms.float32).mean()
        new_val = self.running_urban * self.momentum + urban * (1 - self.momentum)
        ops.assign(self.running_urban, new_val)
        return logits.mean((2, 3)), urban


def make():
    np.random.seed(10)
    tile = Tensor(np.random.rand(2, 4, 12, 12).astype(np.float32))
    return LandCoverTileClassifier(), (tile,)
