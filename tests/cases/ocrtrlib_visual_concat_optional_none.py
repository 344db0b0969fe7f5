# case: multimodal embedding appends visual patch tokens only when pixel_values is not None (Optional argument), with a text-only call path -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MMConfig:
    def __init__(self, hidden_size=32, patch_size=8, channels=3, visual_embed=True):
        self.hidden_size = hidden_size
        self.patch_size = patch_size
        self.channels = channels
        self.visual_embed = visual_embed


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
        self.visual_embed = config.visual_embed
        self.norm = nn.LayerNorm((config.hidden_size,))

    def construct(self, text_embeds, pixel_values=None, visual_mask=None):
        embeds = text_embeds
        if self.visual_embed and pixel_values is not None:
            visual = self.patch_embed(pixel_values)
            if visual_mask is not None:
                visual = visual * visual_mask.expand_dims(-1)
            embeds = ops.concat((text_embeds, visual), axis=1)
        return self.norm(embeds)


def make():
    np.random.seed(26)
    text = Tensor(np.random.randn(1, 10, 32).astype(np.float32))
    pix = Tensor(np.random.rand(1, 3, 32, 32).astype(np.float32))
    return MultimodalEmbeddings(MMConfig()), (text, pix)
