# case: classifier-free guidance step doubles the latent batch when the Python guidance_scale from the pipeline config is > 1 -> constant flag, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class PipelineConfig:
    guidance_scale: float = 7.5
    guidance_rescale: float = 0.0
    in_channels: int = 4
    hidden: int = 16
    cross_dim: int = 8


class TinyUNet(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.conv_in = nn.Conv2d(cfg.in_channels, cfg.hidden, 3, pad_mode="same", has_bias=True)
        self.ctx_proj = nn.Dense(cfg.cross_dim, cfg.hidden)
        self.conv_out = nn.Conv2d(cfg.hidden, cfg.in_channels, 3, pad_mode="same", has_bias=True)

    def construct(self, x, encoder_hidden_states):
        h = self.conv_in(x) + self.ctx_proj(encoder_hidden_states.mean(axis=1))[:, :, None, None]
        return self.conv_out(ops.silu(h))


def rescale_noise_cfg(noise_cfg, noise_pred_text, guidance_rescale):
    std_text = noise_pred_text.std(axis=(1, 2, 3), keepdims=True)
    std_cfg = noise_cfg.std(axis=(1, 2, 3), keepdims=True)
    rescaled = noise_cfg * (std_text / std_cfg)
    return guidance_rescale * rescaled + (1 - guidance_rescale) * noise_cfg


class GuidedDenoiseStep(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.unet = TinyUNet(cfg)
        self.guidance_scale = cfg.guidance_scale
        self.guidance_rescale = cfg.guidance_rescale
        self.do_classifier_free_guidance = cfg.guidance_scale > 1.0

    def construct(self, latents, text_emb, uncond_emb):
        if self.do_classifier_free_guidance:
            latent_model_input = ops.cat([latents] * 2, axis=0)
            ctx = ops.cat([uncond_emb, text_emb], axis=0)
        else:
            latent_model_input, ctx = latents, text_emb
        noise_pred = self.unet(latent_model_input, ctx)
        if self.do_classifier_free_guidance:
            noise_uncond, noise_text = ops.chunk(noise_pred, 2, axis=0)
            noise_pred = noise_uncond + self.guidance_scale * (noise_text - noise_uncond)
            if self.guidance_rescale > 0.0:
                noise_pred = rescale_noise_cfg(noise_pred, noise_text, self.guidance_rescale)
        return latents - 0.1 * noise_pred


def make():
    np.random.seed(3)
    cell = GuidedDenoiseStep(PipelineConfig())
    latents = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    text = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    uncond = Tensor(np.zeros((2, 5, 8), np.float32))
    return cell, (latents, text, uncond)
