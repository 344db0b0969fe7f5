# case: UDP-aware keypoint codec reads use_udp via getattr with a default and owns a learnable temperature Parameter created in a helper; heatmap->image scaling uses only shapes -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CodecCfg:
    input_size = (48, 64)   # (w, h)
    heatmap_size = (12, 16)
    use_udp = True


class KeypointCodecBase(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.input_size = tuple(cfg.input_size)
        self.heatmap_size = tuple(cfg.heatmap_size)
        self._init_temperature()

    def _init_temperature(self, value=1.0):
        self.temperature = Parameter(Tensor(np.array([value], np.float32)), name="temperature")

    def scale_factor(self):
        if getattr(self, "use_udp", False):
            return [(i - 1.0) / (h - 1.0) for i, h in zip(self.input_size, self.heatmap_size)]
        return [i / float(h) for i, h in zip(self.input_size, self.heatmap_size)]


class UDPHeatmapCodec(KeypointCodecBase):
    def __init__(self, cfg):
        super().__init__(cfg)
        self.use_udp = cfg.use_udp
        sx, sy = self.scale_factor()
        self.scale = Tensor(np.array([sx, sy], np.float32))

    def construct(self, heatmaps):
        b, k, h, w = heatmaps.shape
        probs = ops.softmax(heatmaps.reshape(b, k, h * w) / self.temperature, -1)
        idx = probs.argmax(-1)
        scores = ops.amax(probs, -1)
        kpts = ops.stack(((idx % w).astype(ms.float32), (idx // w).astype(ms.float32)), -1)
        return kpts * self.scale, scores


def make():
    np.random.seed(110)
    hm = Tensor(np.random.rand(2, 17, 16, 12).astype(np.float32))
    return UDPHeatmapCodec(CodecCfg()), (hm,)
