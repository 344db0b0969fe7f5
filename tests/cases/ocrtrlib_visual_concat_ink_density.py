# case: multimodal embedding appends visual patch tokens to the text tokens only when the page image has enough ink (tensor mean test), otherwise returns text tokens alone -> if on tensor value with branches of different sequence lengths
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MMConfig:
    def __init__(self, hidden_size=32, patch_size=8, channels=3, min_ink=0.1):
        self.hidden_size = hidden_size
        self.patch_size = patch_size
        self.channels = channels
        self.min_ink = min_ink


class PatchEmbed(nn.Conv2d):
    def __init__(self, config):
        super().__init__(config.channels, config.hidden_size, config.patch_size,
                         stride=config.patch_size, pad_mode="valid", has_bias=True)

    def construct(self, x):
        x = super().construct(x)
        return x.flatten(start_dim=2).swapaxes(1, 2)


class MultimodalEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.patch_embed = PatchEmbed(config)
        self.min_ink = config.min_ink

    def _has_content(self, pixel_values):
        return (1.0 - pixel_values).mean() > self.min_ink

    def construct(self, text_embeds, pixel_values):
        if self._has_content(pixel_values):
            visual = self.patch_embed(pixel_values)
            return ops.concat((text_embeds, visual), axis=1)
        return text_embeds


def make():
    np.random.seed(25)
    text = Tensor(np.random.randn(1, 10, 32).astype(np.float32))
    pix = Tensor((np.random.rand(1, 3, 32, 32) * 0.6 + 0.4).astype(np.float32))
    return MultimodalEmbeddings(MMConfig()), (text, pix)
