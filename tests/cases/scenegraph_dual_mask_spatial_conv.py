# case: rasterize subject/object boxes into fixed 16x16 binary masks with broadcast comparisons and encode them with a small conv, toggled by a Python bool flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DualMaskEncoder(nn.Cell):
    def __init__(self, mask_size=16, out_dim=12, use_spatial=True):
        super().__init__()
        self.mask_size = mask_size
        self.use_spatial = use_spatial
        self.conv = nn.SequentialCell(
            nn.Conv2d(2, 8, 3, stride=2, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(8, out_dim, 3, stride=2, pad_mode="same"), nn.ReLU())
        self.pool = ops.ReduceMean(keep_dims=False)

    def rasterize(self, boxes, union):
        scale = self.mask_size / (union[:, 2:] - union[:, :2])
        rel = (boxes - ops.tile(union[:, :2], (1, 2))) * ops.tile(scale, (1, 2))
        grid = ops.arange(self.mask_size, dtype=ms.float32) + 0.5
        in_x = ops.logical_and(grid[None, :] >= rel[:, 0:1], grid[None, :] <= rel[:, 2:3])
        in_y = ops.logical_and(grid[None, :] >= rel[:, 1:2], grid[None, :] <= rel[:, 3:4])
        return (in_y[:, :, None] & in_x[:, None, :]).astype(ms.float32)

    def construct(self, subj_boxes, obj_boxes):
        if not self.use_spatial:
            return ops.zeros((subj_boxes.shape[0], 12), ms.float32)
        union = ops.cat((ops.minimum(subj_boxes[:, :2], obj_boxes[:, :2]),
                         ops.maximum(subj_boxes[:, 2:], obj_boxes[:, 2:])), axis=1)
        masks = ops.stack([self.rasterize(subj_boxes, union), self.rasterize(obj_boxes, union)], axis=1)
        return self.pool(self.conv(masks), (2, 3))


def make():
    np.random.seed(42)
    xy = np.random.rand(5, 2).astype(np.float32) * 40
    sb = Tensor(np.concatenate([xy, xy + 20], axis=1))
    ob = Tensor(np.concatenate([xy + 10, xy + 35], axis=1))
    return DualMaskEncoder(), (sb, ob)
