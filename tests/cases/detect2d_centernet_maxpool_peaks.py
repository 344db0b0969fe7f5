# case: CenterNet decode: 3x3 max-pool peak NMS on heatmaps, fixed K top-k, and wh/offset gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenterNetDecoder(nn.Cell):
    def __init__(self, k=10, kernel=3, down_ratio=4):
        super().__init__()
        self.k = k
        self.pool = nn.MaxPool2d(kernel_size=kernel, stride=1, pad_mode="same")
        self.down_ratio = down_ratio

    def peak_nms(self, heat):
        hmax = self.pool(heat)
        keep = (hmax == heat).astype(heat.dtype)
        return heat * keep

    def gather_feat(self, feat, ind):
        # feat: (B, C, H, W) -> (B, H*W, C)
        b, c = feat.shape[0], feat.shape[1]
        feat = feat.reshape(b, c, -1).transpose(0, 2, 1)
        ind = ind.view(b, -1, 1).broadcast_to((b, ind.shape[1], c))
        return ops.gather_elements(feat, 1, ind)

    def construct(self, heat, wh, reg):
        heat = self.peak_nms(ops.sigmoid(heat))
        b, num_cls, h, w = heat.shape
        scores, inds = ops.topk(heat.reshape(b, -1), self.k)
        classes = inds // (h * w)
        pix = inds % (h * w)
        ys = (pix // w).astype(ms.float32)
        xs = (pix % w).astype(ms.float32)
        off = self.gather_feat(reg, pix)
        size = self.gather_feat(wh, pix)
        xs = xs + off[..., 0]
        ys = ys + off[..., 1]
        boxes = ops.stack([xs - size[..., 0] / 2, ys - size[..., 1] / 2,
                           xs + size[..., 0] / 2, ys + size[..., 1] / 2], axis=-1)
        return boxes * self.down_ratio, scores, classes


def make():
    np.random.seed(33)
    heat = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    wh = Tensor(np.random.rand(2, 2, 8, 8).astype(np.float32) * 4)
    reg = Tensor(np.random.rand(2, 2, 8, 8).astype(np.float32))
    return CenterNetDecoder(), (heat, wh, reg)
