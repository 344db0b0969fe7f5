# case: top-down estimator averages flipped heatmaps when test_cfg.flip_test is set, swapping left/right channels with a constant flip-index Tensor -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COCO_FLIP_PAIRS = ((1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16))


def flip_index_from_pairs(num_keypoints, pairs):
    index = list(range(num_keypoints))
    for a, b in pairs:
        index[a], index[b] = b, a
    return index


class TestCfg:
    flip_test = True
    shift_heatmap = True
    num_keypoints = 17


class TinyBackbone(nn.Cell):
    def __init__(self, in_ch=3, ch=16):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, ch, 3, stride=2, pad_mode="pad", padding=1)
        self.conv2 = nn.Conv2d(ch, ch, 3, stride=2, pad_mode="pad", padding=1)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.conv2(self.act(self.conv1(x))))


class TopdownPoseEstimator(nn.Cell):
    def __init__(self, test_cfg=None):
        super().__init__()
        test_cfg = TestCfg() if test_cfg is None else test_cfg
        self.flip_test = getattr(test_cfg, "flip_test", False)
        self.shift_heatmap = getattr(test_cfg, "shift_heatmap", False)
        self.backbone = TinyBackbone()
        self.head = nn.Conv2d(16, test_cfg.num_keypoints, 1, has_bias=True)
        self.flip_index = Tensor(flip_index_from_pairs(test_cfg.num_keypoints, COCO_FLIP_PAIRS), ms.int32)

    def _forward_heatmaps(self, img):
        return self.head(self.backbone(img))

    def construct(self, img):
        heatmaps = self._forward_heatmaps(img)
        if self.flip_test:
            flipped = self._forward_heatmaps(ops.flip(img, (3,)))
            flipped = ops.gather(flipped, self.flip_index, 1)
            flipped = ops.flip(flipped, (3,))
            if self.shift_heatmap:
                flipped = ops.concat((flipped[..., :1], flipped[..., :-1]), axis=-1)
            heatmaps = (heatmaps + flipped) * 0.5
        return heatmaps


def make():
    np.random.seed(102)
    img = Tensor(np.random.randn(2, 3, 64, 48).astype(np.float32))
    return TopdownPoseEstimator(), (img,)
