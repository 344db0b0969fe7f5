# case: inference Cell producing argmax label map, confidence, and an RGB visualization via palette gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cityscapes_like_palette(num_classes):
    rng = np.random.RandomState(0)
    pal = rng.randint(0, 256, size=(num_classes, 3)).astype(np.float32) / 255.0
    pal[0] = 0.0
    return pal


class SegVisualizer(nn.Cell):
    def __init__(self, num_classes=6, conf_thr=0.3, ignore_color=(1.0, 1.0, 1.0)):
        super().__init__()
        self.palette = Tensor(cityscapes_like_palette(num_classes))
        self.conf_thr = conf_thr
        self.ignore_color = Tensor(np.array(ignore_color, np.float32))

    def construct(self, logits, image):
        probs = ops.softmax(logits, axis=1)
        conf, label_map = ops.max(probs, axis=1)
        color = ops.gather(self.palette, label_map.astype(ms.int32), 0)
        low = (conf < self.conf_thr).expand_dims(-1)
        color = ops.where(low, ops.broadcast_to(self.ignore_color, color.shape), color)
        overlay = 0.5 * image.transpose(0, 2, 3, 1) + 0.5 * color
        return label_map, conf, overlay


def make():
    np.random.seed(32)
    logits = Tensor(np.random.randn(1, 6, 8, 8).astype(np.float32))
    image = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return SegVisualizer(), (logits, image)
