# case: CTC head computing its sequence length and crop width from feats.shape and the config's downsample ratio (shape-only ints that look like data), then slicing and reshaping -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCHeadConfig:
    hidden = 32
    num_classes = 37
    downsample = 4
    keep_ratio = 0.75
    use_lengths = True


class ShapeAwareCTCHead(nn.Cell):
    def __init__(self, config=CTCHeadConfig()):
        super().__init__()
        self.downsample = config.downsample
        self.keep_ratio = config.keep_ratio
        self.use_lengths = config.use_lengths
        self.fc = nn.Dense(config.hidden, config.num_classes)

    def _valid_steps(self, feats):
        seq_len = feats.shape[1]
        return int(seq_len * self.keep_ratio)

    def construct(self, feats, images):
        batch = feats.shape[0]
        valid = self._valid_steps(feats)
        feats = feats[:, :valid]
        logits = ops.log_softmax(self.fc(feats), axis=-1)
        if self.use_lengths:
            img_w = images.shape[-1]
            lengths = ops.fill(ms.int32, (batch,), min(img_w // self.downsample, valid))
            return logits, lengths
        return logits, None


def make():
    np.random.seed(23)
    feats = Tensor(np.random.randn(2, 32, 32).astype(np.float32))
    imgs = Tensor(np.random.rand(2, 3, 32, 100).astype(np.float32))
    return ShapeAwareCTCHead(), (feats, imgs)
