# case: classifier-free guidance pipeline step doubles the latent batch only when a tensor guidance_scale > 1 -> branches of a tensor condition give different shapes, Graph mode fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyUNetConfig:
    in_channels = 4
    hidden = 16
    cross_dim = 8


class TinyUNet(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.conv_in = nn.Conv2d(cfg.in_channels, cfg.hidden, 3, pad_mode="same", has_bias=True)
        self.ctx_proj = nn.Dense(cfg.cross_dim, cfg.hidden)
        self.conv_out = nn.Conv2d(cfg.hidden, cfg.in_channels, 3, pad_mode="same", has_bias=True)

    def construct(self, x, encoder_hidden_states):
        h = self.conv_in(x)
        ctx = self.ctx_proj(encoder_hidden_states.mean(axis=1))
        h = h + ctx[:, :, None, None]
        return self.conv_out(ops.silu(h))


class GuidedDenoiseStep(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.unet = TinyUNet(cfg)

    def _expand(self, latents, do_cfg):
        return ops.cat([latents, latents], axis=0) if do_cfg else latents

    def construct(self, latents, text_emb, uncond_emb, guidance_scale):
        do_cfg = guidance_scale > 1.0
        latent_model_input = self._expand(latents, do_cfg)
        ctx = ops.cat([uncond_emb, text_emb], axis=0) if do_cfg else text_emb
        noise_pred = self.unet(latent_model_input, ctx)
        if do_cfg:
            noise_uncond, noise_text = ops.chunk(noise_pred, 2, axis=0)
            noise_pred = noise_uncond + guidance_scale * (noise_text - noise_uncond)
        return latents - 0.1 * noise_pred


def make():
    np.random.seed(2)
    cell = GuidedDenoiseStep(TinyUNetConfig())
    latents = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    text = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    uncond = Tensor(np.zeros((2, 5, 8), np.float32))
    return cell, (latents, text, uncond, Tensor(7.5, ms.float32))
