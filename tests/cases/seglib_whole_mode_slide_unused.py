# case: encoder-decoder inference dispatching on test_cfg.mode, default 'whole'; the slide branch reads the valid size with .item() but the config never selects it -> only the whole-image path is compiled, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TestConfig:
    def __init__(self, mode="whole", crop_size=(16, 16), stride=(8, 8), align_corners=False):
        self.mode = mode
        self.crop_size = crop_size
        self.stride = stride
        self.align_corners = align_corners


class EncoderDecoder(nn.Cell):
    def __init__(self, test_cfg, num_classes=4):
        super().__init__()
        self.test_cfg = test_cfg
        self.align_corners = test_cfg.align_corners
        self.backbone = nn.SequentialCell([nn.Conv2d(3, 8, 3, stride=2, pad_mode="same"), nn.ReLU()])
        self.decode_head = nn.Conv2d(8, num_classes, 1, has_bias=True)

    def encode_decode(self, img):
        logit = self.decode_head(self.backbone(img))
        return ops.interpolate(logit, size=img.shape[2:], mode="bilinear", align_corners=self.align_corners)

    def slide_inference(self, img, valid_hw):
        h = valid_hw[0].item()
        w = valid_hw[1].item()
        return self.encode_decode(img[:, :, :h, :w])

    def whole_inference(self, img):
        return self.encode_decode(img)

    def construct(self, img, valid_hw=None):
        if self.test_cfg.mode == "slide" and valid_hw is not None:
            seg_logit = self.slide_inference(img, valid_hw)
        else:
            seg_logit = self.whole_inference(img)
        return ops.softmax(seg_logit, axis=1)


def make():
    np.random.seed(3447)
    img = Tensor(np.random.randn(2, 3, 24, 24).astype(np.float32))
    valid_hw = Tensor(np.array([20, 24], dtype=np.int32))
    return EncoderDecoder(TestConfig()), (img, valid_hw)
