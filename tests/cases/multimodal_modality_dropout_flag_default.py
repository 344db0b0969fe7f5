# case: modality dropout controlled by config flag (off by default) and training mode; uses Bernoulli keep masks of fixed shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModalityDropout(nn.Cell):
    def __init__(self, p_drop=0.3, enabled=False):
        super().__init__()
        self.p_drop = p_drop
        self.enabled = enabled
        self.uniform = ops.UniformReal(seed=7)

    def construct(self, feats):
        if not self.enabled or not self.training:
            return feats
        keep = (self.uniform((feats.shape[0], 1)) > self.p_drop).astype(feats.dtype)
        return feats * keep


class ImageTextClassifier(nn.Cell):
    def __init__(self, img_dim=20, txt_dim=12, hidden=16, num_classes=3, modality_dropout=False):
        super().__init__()
        self.img = nn.Dense(img_dim, hidden, activation="relu")
        self.txt = nn.Dense(txt_dim, hidden, activation="relu")
        self.img_drop = ModalityDropout(enabled=modality_dropout)
        self.txt_drop = ModalityDropout(enabled=modality_dropout)
        self.head = nn.Dense(2 * hidden, num_classes)

    def construct(self, image, text):
        i = self.img_drop(self.img(image))
        t = self.txt_drop(self.txt(text))
        return self.head(ops.concat((i, t), axis=-1))


def make():
    np.random.seed(19)
    net = ImageTextClassifier()
    net.set_train(True)
    img = Tensor(np.random.randn(4, 20).astype(np.float32))
    txt = Tensor(np.random.randn(4, 12).astype(np.float32))
    return net, (img, txt)
