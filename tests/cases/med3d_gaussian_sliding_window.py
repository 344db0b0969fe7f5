# case: sliding-window inference with a Gaussian importance map, padding the volume up to the ROI size from .shape and cropping back -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def gaussian_importance(roi, sigma_scale=0.125):
    center = (roi - 1) / 2.0
    sigma = roi * sigma_scale
    g = np.exp(-((np.arange(roi) - center) ** 2) / (2 * sigma ** 2))
    m = g[:, None, None] * g[None, :, None] * g[None, None, :]
    return (m / m.max()).astype(np.float32)


class GaussianSlidingWindow(nn.Cell):
    def __init__(self, network, roi=8, overlap=0.5, num_classes=2):
        super().__init__()
        self.network = network
        self.roi = roi
        self.stride = max(1, int(roi * (1 - overlap)))
        self.num_classes = num_classes
        self.weight = Tensor(gaussian_importance(roi)[None, None])

    def _starts(self, size):
        starts = list(range(0, size - self.roi + 1, self.stride))
        if starts[-1] != size - self.roi:
            starts.append(size - self.roi)
        return starts

    def construct(self, image):
        d0, h0, w0 = image.shape[2:]
        pads = [max(self.roi - s, 0) for s in (d0, h0, w0)]
        x = ops.pad(image, (0, pads[2], 0, pads[1], 0, pads[0]))
        d, h, w = x.shape[2:]
        out = ops.zeros((1, self.num_classes, d, h, w), ms.float32)
        norm = ops.zeros((1, 1, d, h, w), ms.float32)
        r = self.roi
        for z in self._starts(d):
            for y in self._starts(h):
                for xs in self._starts(w):
                    pred = self.network(x[:, :, z:z + r, y:y + r, xs:xs + r]) * self.weight
                    pad = (xs, w - xs - r, y, h - y - r, z, d - z - r)
                    out = out + ops.pad(pred, pad)
                    norm = norm + ops.pad(self.weight, pad)
        out = out / ops.maximum(norm, 1e-6)
        return out[:, :, :d0, :h0, :w0]


def make():
    np.random.seed(0)
    net = nn.Conv3d(1, 2, 3, pad_mode="same", has_bias=True)
    img = Tensor(np.random.rand(1, 1, 6, 12, 10).astype(np.float32))
    return GaussianSlidingWindow(net), (img,)
